"""One exception root for everything graphbuild reports to its users.

Every error carries a short code (``GB###``) so that users can search for it, and a one-line message
that the CLI prints as it is, without a traceback.
"""
from __future__ import annotations


class GraphbuildError(Exception):
    """Base class of every error graphbuild raises on purpose."""

    code = "GB000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(GraphbuildError):
    """An input could not be read or decoded."""

    code = "GB001"


class FormatError(GraphbuildError):
    """A file suffix or format name is not one graphbuild knows."""

    code = "GB002"


class QueryError(GraphbuildError):
    """A SPARQL query is malformed, refused or timed out."""

    code = "GB003"


class ValidationError(GraphbuildError):
    """A graph does not conform to the SHACL shapes."""

    code = "GB004"


class OutputError(GraphbuildError):
    """An output could not be written."""

    code = "GB005"


class ResourceError(GraphbuildError):
    """A language resource file is missing or malformed."""

    code = "GB006"


class StoreError(GraphbuildError):
    """A persistent store could not be opened or is in use."""

    code = "GB007"
