"""The institutions' window: *Send questions to institutions…* and *Institutions' proposals…*
(``dialogs``)."""
