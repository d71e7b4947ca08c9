## p = xc_labels (scores): the index (1-based) of each row's largest score, a column (for the doctor's tests).
function p = xc_labels (scores)
  [~, p] = max (scores, [], 2);
endfunction
