"""Scale tools: a synthetic corpus maker (bench.synth) and the benchmark (bench.run)."""
