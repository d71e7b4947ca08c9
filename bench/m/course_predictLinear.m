## Course-style forward pass of the linear-output network.
function p = course_predictLinear (Theta1, Theta2, X)
  m = size (X, 1);
  h = course_sigmoid ([ones(m, 1) X] * Theta1');
  p = [ones(m, 1) h] * Theta2';
endfunction
