"""The ``fundqa`` command line (placeholder until the commands land)."""


def main() -> None:
    raise SystemExit("fundqa: not yet implemented")
