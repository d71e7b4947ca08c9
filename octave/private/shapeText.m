## -*- texinfo -*-
## @deftypefn {} {@var{s} =} shapeText (@var{A})
## The size of @var{A} as Octave prints it in messages: "3x2".
## @end deftypefn
function s = shapeText (A)
  s = sprintf ("%dx", size (A));
  s(end) = [];
endfunction
