"""The spaCy pipeline: loaded once per process and checked (`load`), with eventwire's own components. Importing
this package imports no spaCy, so the command can defer spaCy's CLI first (`lazy`)."""
