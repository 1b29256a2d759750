"""Run ONE hidden test against the model's ``solution`` module; copied into the sandbox and run
as ``python -I -S -B runner.py TEST NONCE_FD RESULT_FD CODE_DIR RLIMITS_JSON``.

Standard library only.  The harness reads the hidden tests' source and the per-test nonce from
its private pipe (the tests are never a file the solution could read) and keeps the functions
it needs before any model code runs, runs the tests' module (which imports ``solution``),
calls the one test, writes exactly one JSON record with the nonce to the result
pipe and leaves with ``os._exit`` (no atexit handler of the model's runs).  The model's code
shares this interpreter, so a solution written to attack this harness could find the nonce in
memory: see ``provtui.suite.sandbox`` for what that can and cannot achieve.
"""

import sys


def _main():
    import json
    import os

    try:
        import resource
    except ImportError:  # not POSIX: no limits to set (the unsandboxed mode says so)
        resource = None

    write, exit_, dumps = os.write, os._exit, json.dumps
    name, nonce_fd, result_fd, code_dir, limits = sys.argv[1:6]
    nonce_fd, result_fd = int(nonce_fd), int(result_fd)
    # First in line for the kernel's OOM killer, whatever else runs on this machine.
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")
    except OSError:
        pass
    # Limits again (the init set them already; this covers the run without namespaces).
    for res, value in json.loads(limits).items() if resource is not None else ():
        lim = getattr(resource, res, None)
        if lim is None:
            continue
        soft = hard = int(value)
        if res == "RLIMIT_CPU":
            hard = soft + 2
        try:
            resource.setrlimit(lim, (soft, hard))
        except (ValueError, OSError):
            pass
    chunks = []
    while True:
        chunk = os.read(nonce_fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(nonce_fd)
    job = json.loads(b"".join(chunks).decode("utf-8"))
    nonce, source = job["nonce"], job["tests"]
    del job, chunks
    sys.argv = ["solution_tests"]
    sys.path[:0] = [code_dir]

    def report(outcome, message):
        record = dumps({"nonce": nonce, "test": name, "outcome": outcome, "message": message})
        data = (record + "\n").encode("utf-8", "replace")
        while data:
            data = data[write(result_fd, data):]
        exit_(0)

    def describe(exc):
        try:
            import traceback

            text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            tb = exc.__traceback__
            where = ""
            while tb is not None:
                f = tb.tb_frame.f_code.co_filename
                if f.endswith(("solution_tests.py", "solution.py")):
                    where = f" ({f.rsplit('/', 1)[-1]} line {tb.tb_lineno})"
                    if text == "AssertionError" and f.endswith("solution_tests.py"):
                        lines = source.splitlines()
                        line = lines[tb.tb_lineno - 1].strip() if 0 < tb.tb_lineno <= len(lines) else ""
                        where += f": {line[:300]}" if line else ""
                tb = tb.tb_next
            return text[:1200] + where
        except BaseException:  # noqa: BLE001 - a hostile __str__ must not decide the outcome
            return type(exc).__name__

    try:
        import types

        module = types.ModuleType("solution_tests")
        module.__file__ = "solution_tests.py"
        sys.modules["solution_tests"] = module
        exec(compile(source, "solution_tests.py", "exec"), module.__dict__)
        test = getattr(module, name)
        test()
    except AssertionError as exc:
        report("failed", describe(exc))
    except BaseException as exc:  # noqa: BLE001 - SystemExit, MemoryError... all fail the test
        report("failed", describe(exc))
    report("passed", "")


if __name__ == "__main__":
    _main()
