## Course-style multivariate normal density of each row (ex8), no checks.
function p = course_multivariateGaussian (X, mu, Sigma2)
  k = length (mu);
  if (columns (Sigma2) == 1 || rows (Sigma2) == 1)
    Sigma2 = diag (Sigma2);
  endif
  X = X - mu(:)';
  p = (2 * pi) ^ (-k / 2) * det (Sigma2) ^ (-0.5) * exp (-0.5 * sum ((X * pinv (Sigma2)) .* X, 2));
endfunction
