"""Out-of-process HTTP servers for client tests (see fault_server, processes)."""
