## [v, history] = xc_power_iteration (A, v, num_iters): num_iters steps of the power method, and the
## Rayleigh quotient after each step (for the doctor's tests).
function [v, history] = xc_power_iteration (A, v, num_iters)
  history = zeros (num_iters, 1);
  for k = 1:num_iters
    v = A * v;
    v = v / norm (v);
    history(k) = v' * A * v;
  endfor
endfunction
