## Course-style one-vs-all prediction (ex3), no checks.
function p = course_predictOneVsAll (all_theta, X)
  [~, p] = max ([ones(rows (X), 1) X] * all_theta', [], 2);
endfunction
