// Readers: bytes of a file in, article drafts out.
