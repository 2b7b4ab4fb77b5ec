"""An unreachable Dask scheduler (issue 14, item 3): one clear error naming the address, with a hint, quickly."""

from __future__ import annotations

import gc
import socket
import time

import pytest

pytest.importorskip("distributed")
from clirun import ingest_cli  # noqa: E402

from newsgraph.errors import ClusterError  # noqa: E402
from newsgraph.scale.cluster import connect  # noqa: E402


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ingest_on_a_closed_port_fails_at_once_with_the_address(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"text": "Le ministre a parlé à Paris."}\n', "utf-8")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    r = ingest_cli(inp, tmp_path / "db.duckdb", "--cluster", address, timeout=60)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot reach the Dask scheduler at '{address}': Connection refused")
    assert "dask scheduler" in line and "without --cluster" in line
    assert not (tmp_path / "db.duckdb").exists()


def test_a_refused_connection_is_reported_without_waiting_for_the_timeout():
    t0 = time.monotonic()
    with pytest.raises(ClusterError, match="Connection refused"):
        connect(f"tcp://127.0.0.1:{_closed_port()}", timeout=20)
    assert time.monotonic() - t0 < 10        # Dask alone retries a refused connection until its timeout


def test_a_port_that_is_not_a_scheduler_times_out_with_the_address(capfd):
    with socket.socket() as server:           # accepts connections and never answers
        server.bind(("127.0.0.1", 0))
        server.listen()
        address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
        t0 = time.monotonic()
        with pytest.raises(ClusterError, match=f"Dask scheduler at '{address}': no answer within 1 s"):
            connect(address, timeout=1)
        assert time.monotonic() - t0 < 10
    gc.collect()
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("address, cause", [("garbage://x", "unknown address scheme"),
                                             ("tcp://127.0.0.1:notaport", "invalid literal"),
                                             ("tcp://no-such-host.invalid:8786", "")])
def test_malformed_or_unknown_addresses(address, cause):
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler") as err:
        connect(address, timeout=2)
    assert repr(address) in str(err.value) and cause in str(err.value)


def test_a_real_scheduler_is_reached():
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, protocol="tcp", dashboard_address=None) as cluster:
        client = connect(cluster.scheduler_address, timeout=10)
        try:
            assert client.scheduler_info()["address"] == cluster.scheduler_address
        finally:
            client.close()
