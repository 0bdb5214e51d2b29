/// Letters.
