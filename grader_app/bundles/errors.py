class BundleError(Exception):
    """A bundle that cannot be used. The message is one plain sentence for the user."""
