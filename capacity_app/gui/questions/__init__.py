"""The questionnaire's pages: a question page (``page``) with its grids (``grid``), comments
(``comments``), the page's flow layout (``flow``), an answer's history (``history``), the policy
question × data source matrix (``matrix``) and the item models (``models``)."""
