from ..errors import GraderError


class BundleError(GraderError):
    """A bundle that cannot be used. The message is one plain sentence for the user."""
