## v = xc_unroll_pair (A, B): both matrices unrolled into one column, A first (for the doctor's tests).
function v = xc_unroll_pair (A, B)
  v = [A(:); B(:)];
endfunction
