from .archive import SUFFIX, Bundle, read_bundle, write_bundle
from .errors import BundleError
from .manifest import FORMAT_VERSION, validate_manifest

__all__ = ["SUFFIX", "Bundle", "BundleError", "FORMAT_VERSION", "read_bundle", "validate_manifest", "write_bundle"]
