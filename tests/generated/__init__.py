"""Generated assessments: content that leaves the demo's path, and the invariants every
output must hold for any of it. ``content`` holds the texts real countries type, ``assessments``
the hypothesis strategy of a whole assessment and the fixed "field set", ``invariants`` the checks
on the PDF, the workbook and the window."""
