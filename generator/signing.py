"""What every cache of a run rests on: the generator's code version, and the key that
authenticates what a cache file says.

A cache entry stands in for work a run would otherwise do (parsing and validating a summary,
matching its quotes, building the site), so a forged one would publish what was never checked.
Each cache file is therefore signed with a key that lives outside the project (see `secret`); a
file written by hand, by another machine or committed by someone else fails the check and the work
is done afresh. A cache file that git tracks is ignored whole, because anyone with push access
wrote it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import files

KEY_VARIABLE = "BRIEFING_CACHE_KEY"
# a key anyone could guess would let them sign a forged cache: as long as the one made here
KEY_BYTES = 32
MAKE_KEY = 'python3 -c "import secrets; print(secrets.token_hex(32))"'
MAC_LENGTH = 64  # hex digits of an HMAC-SHA256


def _code_version() -> str:
    """Every module of the generator: a change in any of them may change what a cache holds."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


CODE_VERSION = _code_version()


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefing" / "cache-key"


def key_problem() -> str | None:
    """Why $BRIEFING_CACHE_KEY cannot sign caches, and how to make one that can; None when it
    is unset or empty (a pull request from a fork gets no secrets) or long enough."""
    given = os.environ.get(KEY_VARIABLE, "").encode("utf-8", "surrogateescape")
    if not given or len(given) >= KEY_BYTES:
        return None
    length = f"{len(given)} byte{'' if len(given) == 1 else 's'}"
    return (f"${KEY_VARIABLE} is {length} long: a key that signs caches needs at least "
            f"{KEY_BYTES}, made at random: `{MAKE_KEY}` makes one (or unset it, and a key kept in "
            f"{_key_file()} is used)")


# The key while an engine runs in this process (`withheld`), out of its environment.
_withheld: str | None = None


def engine_environment() -> dict[str, str]:
    """The environment an engine gets: ours without the key. The engine reads mkdocs.yml, whose
    `!ENV` can put any variable into every page, and runs the theme's and plugins' code; with the
    key, whoever can change a page could forge a cache, and a forged cache runs code."""
    return {name: value for name, value in os.environ.items() if name != KEY_VARIABLE}


@contextmanager
def withheld() -> Iterator[None]:
    """The key out of this process's environment for the block (an engine runs in it), still
    known to `secret`; put back after."""
    global _withheld
    given, before = os.environ.pop(KEY_VARIABLE, None), _withheld
    if given is not None:
        _withheld = given
    try:
        yield
    finally:
        _withheld = before
        if given is not None:
            os.environ[KEY_VARIABLE] = given


def secret() -> bytes | None:
    """The key that authenticates caches: $BRIEFING_CACHE_KEY (a CI keeps it among its
    secrets), else a random key made once for this user, outside any project, readable by the
    user alone. None when neither exists nor can be made, or when the one given is too short
    to trust (`key_problem` says so, and the commands refuse to run)."""
    given = os.environ.get(KEY_VARIABLE) or _withheld
    if given:
        return None if key_problem() else given.encode("utf-8")
    path = _key_file()
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32))
    except FileExistsError:
        pass  # another run made it first: use theirs
    except OSError:
        return None
    try:
        return _read_key(path)
    except OSError:
        return None


def _read_key(path: Path) -> bytes:
    data = path.read_bytes().strip()
    if len(data) < 32:  # cut short by a crash while it was written: no key to trust
        raise PermissionError(f"{path} is too short")
    return data


def sign(secret_key: bytes, *parts: str) -> str:
    return hmac.new(secret_key, "\0".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()


def tracked_by_git(path: Path) -> bool:
    """Whether git tracks the file: asked only inside a git checkout, and never fatal."""
    folder = path.parent.resolve()
    if not any((p / ".git").exists() for p in (folder, *folder.parents)):
        return False
    try:
        proc = subprocess.run(["git", "-C", str(folder), "ls-files", "--error-unmatch", "--",
                               path.name], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0


def write_signed(path: Path, payload: bytes) -> bool:
    """Write payload behind its HMAC (bound to the file's name), atomically; False when there is
    no key or the file cannot be written: a missing cache costs time, nothing else."""
    key = secret()
    if key is None:
        return False
    mac = hmac.new(key, path.name.encode() + b"\0" + payload, hashlib.sha256).hexdigest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomic(path, mac.encode("ascii") + b"\n" + payload)
    except OSError:
        return False
    return True


def read_signed(path: Path) -> bytes | None:
    """The payload of a file written by `write_signed` with this user's key, or None when it is
    missing, unreadable, tracked by git, or signed with another key (or not at all)."""
    key = secret()
    if key is None:
        return None
    try:
        data = files.read_own(path)
    except OSError:
        return None
    mac, payload = data[:MAC_LENGTH], data[MAC_LENGTH + 1:]
    expected = hmac.new(key, path.name.encode() + b"\0" + payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected.encode("ascii")) or tracked_by_git(path):
        return None
    return payload


class SignedFolder:
    """A cache kept as a folder of files, one per entry, named by its key: each file is its
    payload behind an HMAC over its name, `version` and the payload, made with this user's key.
    A file that fails the check (written by hand, by another machine, by other code), or any file
    of a folder that git tracks, reads as missing. A file apiece, so that a run that changed one
    entry writes that one alone; `save` writes the entries put and removes those not used."""

    def __init__(self, folder: Path | None, version: bytes):
        self.folder = folder
        self.version = version
        self.secret = None if folder is None else secret()
        self.stored: set[str] = set()  # the names in the folder when the run began
        self.used: set[str] = set()
        self.added: dict[str, bytes] = {}  # name -> its payload, to write
        if self.folder is None or self.secret is None:
            return
        try:
            if not stat.S_ISDIR(os.lstat(self.folder).st_mode):
                return  # a link or a file at its name: replaced when the run saves
            self.stored = set(os.listdir(self.folder))
        except OSError:
            return
        if self.stored and tracked_by_git(self.folder):
            self.stored = set()  # anyone with push access wrote it: nothing read, all replaced

    def mac(self, name: str, payload: bytes) -> bytes:
        assert self.secret is not None
        return hmac.new(self.secret, name.encode() + b"\0" + self.version + payload,
                        hashlib.sha256).hexdigest().encode("ascii")

    def get(self, name: str) -> bytes | None:
        """The payload kept under `name`, authenticated; None when there is none to trust."""
        if self.folder is None or name not in self.stored:
            return None
        try:
            data = files.read_own(self.folder / name)
        except OSError:
            return None
        mac, payload = data[:MAC_LENGTH], data[MAC_LENGTH + 1:]
        if not hmac.compare_digest(mac, self.mac(name, payload)):
            return None
        self.used.add(name)
        return payload

    def put(self, name: str, payload: bytes) -> None:
        self.added[name] = payload
        self.used.add(name)

    def keep(self, names: set[str]) -> None:
        """Entries this run did not read that `save` leaves in place all the same."""
        self.used |= names & self.stored

    def save(self) -> None:
        """Write the entries put, and remove those not used; a cache that cannot be written
        costs time on the next run, nothing else."""
        if self.folder is None or self.secret is None:
            return
        try:
            if not self.added and self.used == self.stored:
                return
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            files.own_folder(self.folder)
            for name, payload in self.added.items():
                files.write_atomic(self.folder / name, self.mac(name, payload) + b"\n" + payload)
            for name in sorted(self.stored - self.used):
                (self.folder / name).unlink(missing_ok=True)
        except OSError:
            pass
