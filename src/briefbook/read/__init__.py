"""Reading one article, on its own and cacheable: segmenting, page furniture, names, figures
and dates.
"""
