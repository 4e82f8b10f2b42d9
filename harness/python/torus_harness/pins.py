"""The versions pyproject.toml pins for each extra (xla, hf, tf), and what this Python has installed.

  python -m torus_harness.pins EXTRA [EXTRA ...]

prints the installed versions of the extras' packages as one JSON line and exits 0 when every pin
holds, else 3 (what misses goes to stderr). It reads package metadata only and imports none of them,
so it answers in a fraction of a second; setup.sh asks it before calling pip.

The pins come from the pyproject.toml beside this package (a checkout, or an editable install of
one), else from the installed torus-harness distribution's metadata.
"""
import json
import re
import sys
from importlib import metadata
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
DISTRIBUTION = "torus-harness"
INSTALL_HINT = "install with: bash harness/python/setup.sh"
PIN = re.compile(r"\s*([A-Za-z0-9_.-]+)\s*==\s*([^;\s]+)\s*")
EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([A-Za-z0-9_-]+)["']""")


def requirements():
    """{extra: [requirement, ...]}: the optional dependencies of pyproject.toml, without markers."""
    if PROJECT.is_file():
        import tomllib
        with PROJECT.open("rb") as f:
            return tomllib.load(f)["project"]["optional-dependencies"]
    extras = {}
    for requirement in metadata.requires(DISTRIBUTION) or []:
        marker = EXTRA_MARKER.search(requirement)
        if marker:
            extras.setdefault(marker.group(1), []).append(requirement.split(";")[0])
    return extras


def pinned(extras):
    """{package: version} of every `name==version` requirement of the extras (names lower case)."""
    known = requirements()
    pins = {}
    for extra in extras:
        if extra not in known:
            raise KeyError(f"no extra {extra!r} in {PROJECT.name}; known: {', '.join(sorted(known))}")
        for requirement in known[extra]:
            pin = PIN.fullmatch(requirement)
            if pin:
                pins[pin.group(1).lower()] = pin.group(2)
    return pins


def compare(wanted):
    """(installed, problems) for wanted = {package: version, or None for any version}: installed maps
    each package found to its version; problems names each one missing or at another version."""
    installed, problems = {}, []
    for name, version in wanted.items():
        try:
            installed[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed")
            continue
        if version is not None and installed[name] != version:
            problems.append(f"{name} {installed[name]} installed, {version} required")
    return installed, problems


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        installed, problems = compare(pinned(argv))
    except (KeyError, metadata.PackageNotFoundError) as e:
        print(f"pins: {e.args[0]}", file=sys.stderr)
        return 2
    print(json.dumps({"python": sys.version.split()[0], **installed}, sort_keys=True))
    if problems:
        print(f"pins: {'; '.join(problems)} (python {sys.executable}); {INSTALL_HINT}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
