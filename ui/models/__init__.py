"""Qt item models over the plain data the services return (set_rows() resets the model)."""
