"""Several processes running one SPMD program (multi-host: one process per TPU VM host, or P
processes on one machine with N / P virtual CPU devices each), for harness.py's run mode."""
from .programs import Stage


def processes(args):
    """(coordinator, count, id) from run's --coordinator/--num-processes/--process-id/--multi-process,
    or None for a single process."""
    given = [getattr(args, k, None) for k in ("coordinator", "num_processes", "process_id")]
    if not getattr(args, "multi_process", False) and all(g is None for g in given):
        return None
    return tuple(given)


def initialize(jax, processes, devices, heartbeat_seconds=None):
    """jax.distributed.initialize for this process; on virtual CPU devices collectives cross
    processes through gloo. heartbeat_seconds: how long a silent process may go before the others
    are told it is dead (JAX's default is 100 s)."""
    coordinator, count, pid = processes
    if devices == "cpu":
        jax.config.update("jax_cpu_collectives_implementation", "gloo")
    extra = {} if heartbeat_seconds is None else {"heartbeat_timeout_seconds": heartbeat_seconds}
    jax.distributed.initialize(coordinator_address=coordinator, num_processes=count, process_id=pid, **extra)


def gather(jax, np, indices, pieces, n):
    """Every device's piece of one output, in device order, on every process: with one process the
    pieces it has; with several, an all-gather across processes of each one's pieces and indices."""
    if jax.process_count() == 1:
        return pieces
    from jax.experimental import multihost_utils
    got = multihost_utils.process_allgather(np.stack(pieces))       # [processes, local, ...]
    where = multihost_utils.process_allgather(np.array(indices))    # [processes, local]
    by_device = dict(zip(where.reshape(-1).tolist(), got.reshape((-1,) + got.shape[2:])))
    if sorted(by_device) != list(range(n)):
        raise Stage("run", f"the processes returned pieces for devices {sorted(by_device)}, expected 0..{n - 1}")
    return [by_device[i] for i in range(n)]
