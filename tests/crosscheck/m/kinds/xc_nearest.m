## -*- texinfo -*-
## @deftypefn {} {@var{idx} =} xc_nearest (@var{X}, @var{C})
## For tests/crosscheck/test_indices_records.py: the 1-based number of the row of
## @var{C} nearest each row of @var{X} (the first on a tie), an index output.
## @end deftypefn
function idx = xc_nearest (X, C)
  d = zeros (rows (X), rows (C));
  for k = 1:rows (C)
    d(:, k) = sum ((X - C(k, :)) .^ 2, 2);
  endfor
  [~, idx] = min (d, [], 2);
endfunction
