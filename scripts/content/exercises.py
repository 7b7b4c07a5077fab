"""The pages that end with exercises, and the words that mark them (in English; the Chinese
edition's are in the catalogue, scripts/content/locales/zh/LC_MESSAGES/site.po).

A page of ``PAGES`` ends with a section headed ``## Exercises`` (its Chinese edition:
``## 练习 { #exercises }``), a numbered list. Each exercise begins with its kind in bold
(``1. **Compute.** ...``) and holds its answer in a collapsed block indented under it
(``??? success "Answer"``), which the reader opens. Answers are prose like any other: their
numbers are accounted for, their derivations checked step by step, their code run at build
time. scripts/checks/exercises.py checks the shape.
"""

from __future__ import annotations

# the teaching pages: each ends with exercises, in both editions
PAGES: tuple[str, ...] = (
    "sigmoid.md",
    "derivative.md",
    "tanh.md",
    "logistic.md",
    "python.md",
    "numerical-derivatives.md",
    "neural-networks.md",
    "activations.md",
)
HEADING = "Exercises"
ANSWER = "Answer"  # the title of the collapsed block that holds an answer
# each exercise's kind: work out a number, prove a statement, write and run code
KINDS = ("Compute", "Prove", "Code")
CODE = "Code"  # the kind whose answer must hold code the build runs
MINIMUM = 3  # exercises on a page of PAGES
