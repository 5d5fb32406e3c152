"""Pure rules of the shop: money, tax, plate/VIN/phone checks, state machine, numbering."""
