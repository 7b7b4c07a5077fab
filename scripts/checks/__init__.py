"""What the build verifies on each page: every number accounted for (numbers), every
derivation step (steps), a translation in step with its source (editions), and the
translated words of each declaration (translations)."""
