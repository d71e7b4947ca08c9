## Course-style derivative of the logistic function.
function g = course_sigmoidGradient (z)
  g = course_sigmoid (z) .* (1 - course_sigmoid (z));
endfunction
