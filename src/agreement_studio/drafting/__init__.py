"""drafting layer."""
