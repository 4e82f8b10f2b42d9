"""Torus's native CPU kernels for the JAX engine: built from native/*.cc with the machine's C++ compiler
against jaxlib's XLA FFI headers on first use, cached in the venv, loaded with ctypes and registered as
XLA custom-call targets.

  torus_decode_attention   a decode step's cache attention (native/decode_attention.cc), which the compiler
                           emits for `--cpu-decode-kernel` (DecodeKernel.java)

The build is keyed by the source's and jaxlib's hashes, so an edited source or another jaxlib builds anew;
concurrent engines build into temporary files and the last rename wins (the outputs are the same)."""
import ctypes
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "native"
DECODE_ATTENTION = "torus_decode_attention"
# target -> (source file, exported handler symbol)
KERNELS = {DECODE_ATTENTION: ("decode_attention.cc", "TorusDecodeAttention")}
FLAGS = ["-O3", "-march=x86-64-v3", "-fopenmp-simd", "-std=c++17", "-shared", "-fPIC", "-w"]


class KernelUnavailable(Exception):
    """A kernel that cannot be built or loaded here, with the reason."""


def cache_dir():
    return Path(os.environ.get("TORUS_NATIVE_CACHE", Path(sys.prefix) / "torus-native"))


def build(target, jax):
    """The shared library of `target`, built if not cached; raises KernelUnavailable saying why not."""
    source, _ = KERNELS[target]
    import jaxlib
    text = (HERE / source).read_bytes()
    key = hashlib.sha256(text + jaxlib.__version__.encode() + " ".join(FLAGS).encode()).hexdigest()[:16]
    out = cache_dir() / f"{Path(source).stem}-{key}.so"
    if out.exists():
        return out
    compiler = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if compiler is None:
        raise KernelUnavailable("no C++ compiler (g++) to build it: install one (apt-get install g++) or set CXX")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=out.parent, suffix=".so", delete=False) as tmp:
        partial = Path(tmp.name)
    try:
        try:
            run = subprocess.run([compiler, *FLAGS, "-I", jax.ffi.include_dir(), str(HERE / source), "-o",
                                  str(partial)], capture_output=True, text=True)
        except OSError as e:   # CXX names no program
            raise KernelUnavailable(f"cannot run the C++ compiler {compiler}: {e}") from None
        if run.returncode != 0:
            raise KernelUnavailable(f"{compiler} failed on {HERE / source}: {run.stderr.strip()[-2000:]}")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


_registered = {}


def register(target, jax):
    """Builds, loads and registers `target` for the CPU platform once per process; raises KernelUnavailable."""
    if target not in _registered:
        try:
            library = ctypes.cdll.LoadLibrary(str(build(target, jax)))
            handler = getattr(library, KERNELS[target][1])
            jax.ffi.register_ffi_target(target, jax.ffi.pycapsule(handler), platform="cpu")
            _registered[target] = None
        except KernelUnavailable as e:
            _registered[target] = str(e)
        except OSError as e:   # a library that does not load
            _registered[target] = f"cannot load it: {e}"
    if _registered[target] is not None:
        raise KernelUnavailable(_registered[target])


def targets_in(hlo_text):
    """The Torus kernels an HLO text calls."""
    return [t for t in KERNELS if f'custom_call_target="{t}"' in hlo_text]
