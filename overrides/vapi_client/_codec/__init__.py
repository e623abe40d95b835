"""The codec layer: JSON to models and back. `_generic` is the codec driven by the spec tables (`_spec`), which
the generated per-model loaders fall back to; `_model` is the base of every model; `_enums`, `_datetimes` and
`_unknown_variant` hold open enums, date-times and unknown union members; `_bodies` checks request bodies."""
