"""fundqa answering side: question in, short cited answer (or an honest abstention) out."""
