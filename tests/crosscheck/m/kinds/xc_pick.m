## -*- texinfo -*-
## @deftypefn {} {@var{r} =} xc_pick (@var{v}, @var{idx})
## For tests/crosscheck/test_indices_records.py: @code{v(idx)}, an index input.
## @end deftypefn
function r = xc_pick (v, idx)
  r = v(idx);
endfunction
