"""Evidence Kit: preserve abusive online posts as sealed, verifiable evidence.

The core package knows nothing of Qt, Playwright or reportlab. Its public face:

    from evidence_kit import Vault
    vault, recovery_key = Vault.create(path, passphrase)
    vault = Vault.open(path, passphrase)
"""

__version__ = "0.1.0"
TOOL_NAME = "Evidence Kit"


def tool_version() -> str:
    return f"{TOOL_NAME} {__version__}"


def __getattr__(name):  # lazy, so that `import evidence_kit` stays cheap
    if name == "Vault":
        from .vault import Vault

        return Vault
    raise AttributeError(name)
