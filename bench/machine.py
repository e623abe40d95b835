"""What the figures were measured on: CPU, cores, Python, package versions, load."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


def describe() -> dict[str, str]:
    return {
        "CPU": f"{cpu_model()}, {os.cpu_count()} logical cores",
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "Packages": ", ".join(
            f"{name} {version(name)}"
            for name in ("vapi-client", "httpx", "attrs", "vapi-server-sdk", "pydantic", "pydantic-core")
        ),
    }
