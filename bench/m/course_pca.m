## Course-style PCA (ex7), no checks.
function [U, S] = course_pca (X)
  m = rows (X);
  [U, S] = svd (X' * X / m);
endfunction
