"""The JAX engine: one long-lived process per host that keeps a program's state on the devices.

A Java process (dev.torus.harness.JaxEngine) starts it and owns the loop: it sends one JSON request
per line on stdin and reads one JSON reply per line (the protocol stream; everything native code or
Python prints goes to stderr instead). Tensors travel as .npy files holding this process's pieces
stacked along a leading dimension, one per local partition in ascending partition order.

Usage: python -m torus_harness.engine --partitions N [--devices cpu|default]
         [--multi-process | --coordinator H:P --num-processes P --process-id I]
         [--heartbeat-seconds S] [--cache-dir DIR]

Partition p of every program runs on the p-th device of JAX's global device list; a process feeds
and reads only the partitions of the devices it owns (all of them with one process).

Requests ({"cmd": ...}) and their replies ({"ok": true, ...} or {"ok": false, "error": "..."}):
  load    {"name", "hlo": path, "numPartitions", "donations": [[input, output], ...]}
          compiles program `name` (HLO text with its {manual} shardings and input_output_alias);
          reply: memory (compiled memory statistics per device), compileSeconds, cacheHit,
          inputs and outputs ([dtype, per-device shape] each)
  put     {"name", "npy", "replicated"}: a resident value, fed by name to every program that takes it; the
          .npy stacks one piece per local partition, or holds the one piece all of them take when
          "replicated" is true
  run     {"program", "feeds": {input: {"npy"} | {"value", "dtype"}}, "outputs": {output: path}}
          inputs not fed come from the resident values; a donated output replaces the resident value
          of its input (the input's buffers are given to XLA, so state is not held twice); reply:
          "values" (every output of rank 0 that is not donated: the first local partition's value),
          "seconds"; outputs named in "outputs" are also written there as .npy
  get     {"name", "npy"}: writes a resident value's local pieces
  barrier {"name"}: waits until every process has reached the barrier of that name
  stop    {"step"}: proposes that every process stop after step `step`, unless a stop step is agreed
          already (the first proposal wins); reply: "step", the agreed one
  stopStep {}: reply "step": the agreed stop step, or null while none was proposed
  memory  {}: live device bytes (jax.live_arrays) and this process's resident set size
  exit    {}: replies, then ends the process

Exit codes: 0 after exit, 1 when the Java process died (its input closed without exit, or its pid
went away: the engine leaves at once, so that multi-process peers see it gone within their heartbeat),
2 bad usage, 3 jax/jaxlib missing or not the pinned versions.
"""
import argparse
import json
import os
import re
import sys
import time
import traceback
from pathlib import Path

from . import pins
from .pins import INSTALL_HINT

try:
    import numpy as np
    from . import multihost, native
    from .programs import Stage, coerce_dtype, one_line_error, shape_text
except ModuleNotFoundError as e:  # numpy
    print(f"engine: {e} (python {sys.executable}); {INSTALL_HINT}", file=sys.stderr)
    sys.exit(3)


class Engine:
    """Programs, resident values and the devices they live on."""

    def __init__(self, xla, partitions):
        self.xla, self.jax = xla, xla.jax
        from jax.sharding import Mesh, NamedSharding, PartitionSpec
        devices = self.jax.devices() if xla.devices == "default" else self.jax.devices("cpu")
        if len(devices) < partitions:
            raise Stage("start", f"{partitions} partitions but JAX sees {len(devices)} "
                        f"{'' if xla.devices == 'default' else 'CPU '}devices")
        self.devices = devices[:partitions]
        me = self.jax.process_index()
        self.local = [p for p, d in enumerate(self.devices) if d.process_index == me]
        if not self.local:
            raise Stage("start", f"process {me} owns none of the {partitions} devices")
        mesh = Mesh(np.array(self.devices), ("d",))
        self.stacked = NamedSharding(mesh, PartitionSpec("d"))
        self.replicated = NamedSharding(mesh, PartitionSpec())
        self.programs = {}   # name -> (executable, signature, donations {input index: output index})
        self.resident = {}   # name -> jax.Array whose per-device buffers are the pieces
        self.cache_hits = 0
        self.barriers = 0
        self.jax.monitoring.register_event_listener(self._count_cache_hits)

    def _count_cache_hits(self, event, **kwargs):
        if event == "/jax/compilation_cache/cache_hits":
            self.cache_hits += 1

    def hello(self):
        return {"processIndex": self.jax.process_index(), "processCount": self.jax.process_count(),
                "localPartitions": self.local, "platform": self.devices[0].platform,
                "deviceKind": self.devices[0].device_kind, "jax": self.jax.__version__,
                "deviceMemory": self._device_memory()}

    def _device_memory(self):
        """What one local device can hold: its memory_stats() bytes_limit, or on devices that give none
        (CPU: memory_stats() is None) the host's MemAvailable shared by this process's devices."""
        device = self.devices[self.local[0]]
        try:
            stats = device.memory_stats()
        except Exception:  # noqa: BLE001 - a backend without the call
            stats = None
        if stats and stats.get("bytes_limit"):
            return {"bytes": int(stats["bytes_limit"]), "source": f"{device.device_kind} memory_stats() bytes_limit"}
        for line in Path("/proc/meminfo").read_text().splitlines() if Path("/proc/meminfo").exists() else []:
            if line.startswith("MemAvailable:"):
                available = int(line.split()[1]) * 1024
                return {"bytes": available // len(self.local),
                        "source": f"memory_stats() is None on {device.platform}: host MemAvailable "
                                  f"{available / 2**30:.2f} GiB / {len(self.local)} local devices"}
        return None

    # ------------------------------------------------------------ requests

    def load(self, req):
        name, n = req["name"], req["numPartitions"]
        if n != len(self.devices):
            raise Stage("load", f"program {name} has {n} partitions; this engine runs {len(self.devices)}")
        text = Path(req["hlo"]).read_text()
        for target in native.targets_in(text):
            why = None
            if self.devices[0].platform != "cpu":
                why = f"it runs on CPU devices only, not {self.devices[0].platform}"
            else:
                try:
                    native.register(target, self.jax)
                except native.KernelUnavailable as e:
                    why = str(e)
            if why:
                raise Stage("load", f"program {name} calls Torus's CPU kernel {target} (compiled with "
                            f"--cpu-decode-kernel), which this engine cannot run: {why}; compile without "
                            f"--cpu-decode-kernel")
        parsed = self.xla.parse_hlo(text)
        if parsed.num_partitions not in (None, n):
            raise Stage("load", f"{req['hlo']}: num_partitions={parsed.num_partitions}, expected {n}")
        t0, hits = time.monotonic(), self.cache_hits
        from jax._src import compiler
        xc = self.xla.xc
        with self.xla.jax_mlir.make_ir_context():
            module = self.xla.ir.Module.parse(parsed.stablehlo())
            exe = compiler.compile_or_get_cached(
                self.devices[0].client, module, np.array(self.devices),
                self.xla.build_options([d.id for d in self.devices]), [], xc.DeviceList(tuple(self.devices)))
        donations = {int(i): int(o) for i, o in req.get("donations", [])}
        self.programs[name] = (exe, parsed.signature, donations)
        # The first run's collectives set up gloo within 30 s: all processes start it together.
        self._wait_for_peers(f"load {name}")
        from .harness import memory_stats
        sig = parsed.signature
        return {"memory": memory_stats(exe), "compileSeconds": round(time.monotonic() - t0, 3),
                "cacheHit": self.cache_hits > hits,
                "inputs": [[str(d), list(s)] for d, s in sig.params],
                "outputs": [[str(d), list(s)] for d, s in sig.results]}

    def put(self, req):
        value = np.load(req["npy"], allow_pickle=False)
        if req.get("replicated"):
            # One piece for every local partition: a view, so the host holds it once until device_put.
            value = np.broadcast_to(value[None], (len(self.local),) + value.shape)
        self.resident[req["name"]] = self._array(value, None, f"resident value '{req['name']}'")
        return {}

    def run(self, req):
        exe, sig, donations = self._program(req["program"])
        feeds = req.get("feeds", {})
        args = []
        for i, (pname, (dtype, shape)) in enumerate(zip(sig.names, sig.params)):
            label = f"program {req['program']} parameter {i} '{pname}'"
            if pname in feeds:
                f = feeds[pname]
                # A "value" is the same on every partition.
                value = np.broadcast_to(np.array(f["value"], dtype=f.get("dtype", "int32")),
                                        (len(self.local),) + tuple(shape)) if "value" in f \
                    else np.load(f["npy"], allow_pickle=False)
                args.append(self._array(value, (dtype, shape), label))
            elif pname in self.resident:
                arr = self.resident[pname]
                if arr.dtype != dtype or arr.addressable_shards[0].data.shape != shape:
                    raise Stage("run", f"{label}: the resident value is {shape_text(arr.dtype, arr.addressable_shards[0].data.shape)} "
                                f"per device, the program takes {shape_text(dtype, shape)}")
                args.append(arr)
            else:
                raise Stage("run", f"{label} is neither fed nor resident (resident: "
                            f"{', '.join(sorted(self.resident)) or 'none'})")
        t0 = time.monotonic()
        outs = exe.execute_sharded(args).disassemble_into_single_device_arrays()
        order = {d: p for p, d in enumerate(self.devices)}
        values, donated_outputs = {}, {o: i for i, o in donations.items()}
        result_names = req.get("outputNames") or [str(j) for j in range(len(outs))]
        for j, arrays in enumerate(outs):
            arrays = sorted(arrays, key=lambda a: order[a.device])
            if j in donated_outputs:
                self.resident[sig.names[donated_outputs[j]]] = self._wrap(arrays)
                continue
            first = np.asarray(arrays[0])
            if first.ndim == 0:
                values[result_names[j]] = first.item() if np.isfinite(first) or first.dtype.kind != "f" \
                    else str(first.item())
            path = req.get("outputs", {}).get(result_names[j])
            if path:
                np.save(path, np.stack([np.asarray(a) for a in arrays]), allow_pickle=False)
        # Wait for the step to finish on every device before saying how long it took.
        for arr in self.resident.values():
            arr.block_until_ready()
        return {"values": values, "seconds": round(time.monotonic() - t0, 6)}

    def get(self, req):
        arr = self._resident(req["name"])
        pieces = sorted(arr.addressable_shards, key=lambda s: self.devices.index(s.device))
        out = np.stack([np.asarray(s.data) for s in pieces])
        if out.dtype.name == "bfloat16":
            out = out.view(np.dtype("V2"))
        np.save(req["npy"], out, allow_pickle=False)
        return {}

    def barrier(self, req):
        self._wait_for_peers(req["name"])
        return {}

    def _wait_for_peers(self, name):
        """Every process reaches `name` before any goes on: a barrier of JAX's coordination service, not
        a collective, so no gloo rendezvous (30 s) runs out while a peer still compiles, and a peer that
        dies fails the barrier at once."""
        if self.jax.process_count() == 1:
            return
        self.barriers += 1
        self._coordination().wait_at_barrier(f"torus/{self.barriers}/{name}", BARRIER_MS)

    def stop(self, req):
        """The coordination service's key-value store holds the stop step all processes agree on: set only
        if absent, so the first process to propose one decides it for all."""
        step = int(req["step"])
        if self.jax.process_count() == 1:
            return {"step": step}
        client = self._coordination()
        try:
            client.key_value_set(STOP_KEY, str(step))
        except Exception as e:  # noqa: BLE001 - JaxRuntimeError
            if "ALREADY_EXISTS" not in str(e):
                raise
        return {"step": int(client.key_value_try_get(STOP_KEY))}

    def stopStep(self, req):  # noqa: N802 - the request's spelling
        """The agreed stop step, or None while no process proposed one."""
        if self.jax.process_count() == 1:
            return {"step": None}
        try:
            return {"step": int(self._coordination().key_value_try_get(STOP_KEY))}
        except Exception as e:  # noqa: BLE001 - JaxRuntimeError
            if "NOT_FOUND" not in str(e):
                raise
            return {"step": None}

    def _coordination(self):
        from jax._src import distributed
        return distributed.global_state.client

    def memory(self, req):
        live = sum(a.nbytes for a in self.jax.live_arrays())
        rss = 0
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) * 1024
        return {"liveDeviceBytes": live, "residentBytes": sum(a.nbytes for a in self.resident.values()),
                "processRssBytes": rss}

    # ------------------------------------------------------------ plumbing

    def _program(self, name):
        if name not in self.programs:
            raise Stage("run", f"no program named {name!r} is loaded (loaded: {', '.join(self.programs) or 'none'})")
        return self.programs[name]

    def _resident(self, name):
        if name not in self.resident:
            raise Stage("get", f"no resident value named {name!r}")
        return self.resident[name]

    def _array(self, stacked, want, label):
        """A global array whose per-device buffers are stacked[k] on the k-th local partition's device."""
        if stacked.ndim < 1 or stacked.shape[0] != len(self.local):
            raise Stage("feed", f"{label}: {shape_text(stacked.dtype, stacked.shape)} does not hold one piece "
                        f"for each of this process's {len(self.local)} partitions")
        if want is not None:
            stacked = coerce_dtype(stacked, want[0], label)
            if stacked.shape[1:] != tuple(want[1]):
                raise Stage("feed", f"{label}: pieces of {shape_text(stacked.dtype, stacked.shape[1:])}, the program "
                            f"takes {shape_text(want[0], want[1])} per device")
        elif stacked.dtype.kind == "V" and stacked.dtype.itemsize == 2:
            stacked = stacked.view(self.xla.bfloat16)
        shards = [self.jax.device_put(np.require(stacked[k], requirements="C"), self.devices[p])
                  for k, p in enumerate(self.local)]
        return self._wrap(shards)

    def _wrap(self, shards):
        """Per-device arrays (this process's, in partition order) as one global array."""
        piece = shards[0].shape
        n = len(self.devices)
        if len(piece) == 0:
            return self.jax.make_array_from_single_device_arrays((), self.replicated, shards)
        return self.jax.make_array_from_single_device_arrays(
            (n * piece[0],) + tuple(piece[1:]), self.stacked, shards)


# How long a process waits at a barrier for the others (they may be compiling or writing a checkpoint);
# a dead peer fails the barrier sooner, through the coordination service's heartbeat.
BARRIER_MS = 60 * 60 * 1000

# The key of the agreed stop step in the coordination service's key-value store (one per run: the
# coordinator starts empty with every run).
STOP_KEY = "torus/stop"

COMMANDS = ("load", "put", "run", "get", "barrier", "stop", "stopStep", "memory")


def serve(engine, requests, replies):
    """Answers requests until exit (returns True) or end of input (returns False)."""
    for line in requests:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            cmd = req.get("cmd")
            if cmd == "exit":
                reply(replies, {"ok": True})
                return True
            if cmd not in COMMANDS:
                raise Stage("request", f"unknown command {cmd!r}; known: {', '.join(COMMANDS + ('exit',))}")
            out = getattr(engine, cmd)(req)
            reply(replies, {"ok": True, **out})
        except Exception as e:
            if not isinstance(e, (Stage, OSError, ValueError, KeyError)):
                traceback.print_exc()
            reply(replies, {"ok": False, "error": one_line_error(e)})
    return False


def leave_with_parent(parent):
    """Ends this process at once when the Java process that started it dies (kill -9, a crash), even in
    the middle of a collective: its peers then see it stop within the heartbeat instead of waiting at
    JAX's shutdown barrier for a process that will never come."""
    import threading

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        leave_now(f"the process that started it (pid {parent}) ended")
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def reply(stream, obj):
    stream.write(json.dumps(obj) + "\n")
    stream.flush()


def parse_args(argv):
    p = argparse.ArgumentParser(prog="python -m torus_harness.engine", description=__doc__.splitlines()[0])
    p.add_argument("--partitions", type=int, required=True, help="devices every program runs on")
    p.add_argument("--devices", choices=("cpu", "default"), default="cpu")
    p.add_argument("--multi-process", action="store_true")
    p.add_argument("--coordinator", metavar="HOST:PORT")
    p.add_argument("--num-processes", type=int, metavar="P")
    p.add_argument("--process-id", type=int, metavar="I")
    p.add_argument("--heartbeat-seconds", type=int, default=20,
                   help="a process missing for this long is declared dead and the others stop")
    p.add_argument("--cache-dir", help="persistent compilation cache (a second run does not recompile)")
    p.add_argument("--work-dir", help="the Java process's staging directory: removed here when that process "
                   "dies, since it cannot remove it itself")
    return p.parse_args(argv)


def main(argv):
    # Ctrl-C reaches the whole terminal process group, and SIGTERM may reach it too (a job scheduler):
    # the Java process stops the loop and saves a checkpoint through this engine, which ends when told
    # to (exit), when its input closes, or when the Java process dies.
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # The protocol owns the original stdout; anything else written to fd 1 (native logs) goes to stderr.
    protocol = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    args = parse_args(argv)
    global STAGING_DIR
    STAGING_DIR = args.work_dir
    leave_with_parent(os.getppid())
    processes = multihost.processes(args)
    if args.devices == "cpu":
        count = processes[1] if processes is not None else 1
        if processes is not None and (not count or args.partitions % count):
            print(f"engine: {args.partitions} virtual CPU devices cannot be split evenly over {count} processes",
                  file=sys.stderr)
            return 2
        flags = re.sub(r"--xla_force_host_platform_device_count=\S+", "", os.environ.get("XLA_FLAGS", ""))
        os.environ["XLA_FLAGS"] = (f"{flags} --xla_force_host_platform_device_count="
                                   f"{args.partitions // count}").strip()
        os.environ["JAX_PLATFORMS"] = "cpu"
    found, problems = pins.compare({name: pins.pinned(["xla"]).get(name) for name in ("jax", "jaxlib")})
    if problems:
        print(f"engine: {'; '.join(problems)}; {INSTALL_HINT}", file=sys.stderr)
        return 3
    from .harness import Xla
    xla = Xla()
    xla.devices = args.devices
    if args.cache_dir:
        xla.jax.config.update("jax_compilation_cache_dir", args.cache_dir)
        xla.jax.config.update("jax_persistent_cache_min_compile_time_secs", 0)
        xla.jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
    try:
        if processes is not None:
            multihost.initialize(xla.jax, processes, args.devices, heartbeat_seconds=args.heartbeat_seconds)
        engine = Engine(xla, args.partitions)
    except Exception as e:
        reply(protocol, {"ok": False, "error": f"cannot start the engine: {one_line_error(e)}"})
        return 1
    reply(protocol, {"ok": True, **engine.hello()})
    if serve(engine, sys.stdin, protocol) or processes is None:
        return 0
    # The input closed without "exit": the Java process is gone. Leave without JAX's shutdown barrier,
    # which would keep this process's heartbeat alive for minutes while its peers wait on it.
    leave_now("its input closed without exit")


# The Java process's staging directory (--work-dir): in /dev/shm, so in memory until someone removes it.
STAGING_DIR = None


def leave_now(why):
    """Exit code 1 at once: no atexit handlers (JAX's shutdown barrier). The note may find stderr closed
    with the Java process gone, so writing it must not stop the exit. The Java process is gone or going,
    so its staging directory goes too."""
    if STAGING_DIR:
        import shutil
        shutil.rmtree(STAGING_DIR, ignore_errors=True)
    try:
        print(f"engine: {why}; stopping now", file=sys.stderr, flush=True)
    except Exception:
        pass
    os._exit(1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
