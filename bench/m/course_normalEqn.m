## Course-style closed-form least squares.
function theta = course_normalEqn (X, y)
  theta = pinv (X' * X) * X' * y;
endfunction
