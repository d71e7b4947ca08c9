## r = xc_residuals (X, y, theta): the residuals X*theta - y, a column (for the doctor's tests).
function r = xc_residuals (X, y, theta)
  r = X * theta - y;
endfunction
