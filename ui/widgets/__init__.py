"""Small reusable widgets: field errors, the search box, phone rows, form parts."""
