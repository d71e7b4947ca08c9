## -*- texinfo -*-
## @deftypefn {} {@var{s} =} xc_scaled_dot (@var{x1}, @var{x2}, @var{scale})
## For tests/crosscheck/test_indices_records.py: @code{scale * x1' * x2}.
## @end deftypefn
function s = xc_scaled_dot (x1, x2, scale)
  s = scale * (x1' * x2);
endfunction
