## -*- texinfo -*-
## @deftypefn {} {[@var{status}, @var{outputs}, @var{messages}, @var{seconds}] =} crosscheck_batch (@var{names}, @var{nouts}, @var{arglists})
## Run several function calls in one round trip from Python (each oct2py call
## costs about 17 ms however small).  Call @var{k} is
## @code{[out@{1:nouts(k)@}] = feval (names@{k@}, arglists@{k@}@{:@})}; an error
## in one call is caught and reported for that call alone.
##
## An argument that is a struct with a field @code{crosscheck_handle} (a
## function name) and a field @code{bound} (a cell) stands for the function
## handle @code{@@(x, varargin) feval (crosscheck_handle, x, bound@{:@},
## varargin@{:@})} (more arguments, such as fmincg's P1, P2, go after the bound
## ones): Python cannot send a handle, so it sends this and the handle is made
## here.  An optional field @code{nudge} (1 or -1; 0 or absent: none) makes it
## instead the handle @code{@@(x, varargin) crosscheck_nudge
## (crosscheck_handle, x, [bound, varargin], nudge)}: the
## function's value, and each non-zero element of its gradient, moved one unit
## in the last place toward +Inf (1) or -Inf (-1), for a perturbation
## experiment.  A struct that does not make a handle is an error of its call.
## An optional field @code{arity} (k > 1) makes a handle of k leading arguments
## with the bound ones after them: @code{@@NAME} itself when nothing is bound;
## @code{@@(x1, x2) NAME (x1, x2, 0.10000000000000001)} when every bound value
## is a real double scalar (written with 17 significant digits, which gives
## back the same double), so that @code{func2str} names the function as the
## course's own handles do; otherwise a closure over the bound values.  A
## struct argument's fields that are handle structs are bound the same way.
##
## @var{status}@{k@} is @qcode{"ok"} or @qcode{"error"}, @var{outputs}@{k@} the
## cell of outputs, @var{messages}@{k@} the error message (empty when ok),
## @var{seconds}(k) the wall time the call took in Octave.
## @end deftypefn
function [status, outputs, messages, seconds] = crosscheck_batch (names, nouts, arglists)
  n = numel (names);
  status = cell (1, n);
  outputs = cell (1, n);
  messages = cell (1, n);
  seconds = zeros (1, n);
  for k = 1:n
    out = cell (1, nouts(k));
    args = arglists{k};
    t0 = tic ();
    try
      for j = 1:numel (args)
        if (isstruct (args{j}) && isfield (args{j}, "crosscheck_handle"))
          args{j} = bind (args{j});
        elseif (isstruct (args{j}) && isscalar (args{j}))
          fields = fieldnames (args{j});
          for f = 1:numel (fields)
            v = args{j}.(fields{f});
            if (isstruct (v) && isfield (v, "crosscheck_handle"))
              args{j}.(fields{f}) = bind (v);
            endif
          endfor
        endif
      endfor
      [out{:}] = feval (names{k}, args{:});
      out = cellfun (@handles_as_text, out, "uniformoutput", false);
      status{k} = "ok";
      messages{k} = "";
    catch err
      status{k} = "error";
      messages{k} = err.message;
      out = {};
    end_try_catch
    seconds(k) = toc (t0);
    outputs{k} = out;
  endfor
endfunction

function h = bind (spec)
  name = spec.crosscheck_handle;
  bound = spec.bound;
  if (isempty (bound))  # an empty tuple may arrive as an empty double
    bound = {};
  endif
  nudge = 0;
  if (isfield (spec, "nudge") && ! isempty (spec.nudge))
    nudge = spec.nudge;
  endif
  arity = 1;
  if (isfield (spec, "arity") && ! isempty (spec.arity))
    arity = spec.arity;
  endif
  if (! (isnumeric (nudge) && isscalar (nudge) && any (nudge == [-1, 0, 1])))
    error ("crosscheck_batch: the nudge of a handle must be 1, -1 or 0");
  elseif (! (isnumeric (arity) && isscalar (arity) && arity >= 1 && arity == fix (arity)))
    error ("crosscheck_batch: the arity of a handle must be a positive integer");
  elseif (arity > 1)
    h = bind_leading (name, bound, arity);
  elseif (nudge == 0)
    h = @(x, varargin) feval (name, x, bound{:}, varargin{:});
  else
    h = @(x, varargin) crosscheck_nudge (name, x, [bound(:).', varargin], nudge);
  endif
endfunction

## A function handle output, or a struct's function handle field, as its func2str
## text: oct2py cannot save a handle inside the cell of outputs.
function v = handles_as_text (v)
  if (is_function_handle (v))
    v = func2str (v);
  elseif (isstruct (v))
    fields = fieldnames (v);
    for j = 1:numel (v)
      for f = 1:numel (fields)
        if (is_function_handle (v(j).(fields{f})))
          v(j).(fields{f}) = func2str (v(j).(fields{f}));
        endif
      endfor
    endfor
  endif
endfunction

function h = bind_leading (name, bound, arity)
  if (isempty (bound))
    h = str2func (name);
    return;
  endif
  xs = strjoin (arrayfun (@(k) sprintf ("x%d", k), 1:arity, "uniformoutput", false), ", ");
  if (all (cellfun (@(b) isa (b, "double") && isreal (b) && isscalar (b), bound)))
    values = strjoin (cellfun (@(b) sprintf ("%.17g", b), bound, "uniformoutput", false), ", ");
    h = str2func (sprintf ("@(%s) %s (%s, %s)", xs, name, xs, values));
  else
    h = @(varargin) feval (name, varargin{1:arity}, bound{:}, varargin{arity+1:end});
  endif
endfunction

%!test
%! ## A handle of two leading arguments: the function's name in its text, the bound value exact.
%! spec = struct ("crosscheck_handle", "hypot", "bound", {{}}, "arity", 2);
%! [~, outputs] = crosscheck_batch ({"feval"}, 1, {{spec, 3, 4}});
%! assert (outputs{1}, {5})
%! spec = struct ("crosscheck_handle", "atan2", "bound", {{0.1}}, "arity", 2);
%! [~, outputs] = crosscheck_batch ({"func2str"}, 1, {{spec}});
%! assert (outputs{1}{1}, "@(x1, x2) atan2 (x1, x2, 0.10000000000000001)")
%! spec = struct ("crosscheck_handle", "horzcat", "bound", {{[7 8]}}, "arity", 2);
%! [~, outputs] = crosscheck_batch ({"feval"}, 1, {{spec, 1, 2}});
%! assert (outputs{1}, {[1 2 7 8]})

%!test
%! ## A handle output, and a handle field of a struct, come back as their text.
%! k = @(x) x + 1;
%! [~, outputs] = crosscheck_batch ({"deal"}, 2, {{@sin, struct("k", k, "b", 2)}});
%! assert (outputs{1}{1}, "sin")
%! assert (outputs{1}{2}, struct ("k", "@(x) x + 1", "b", 2))

%!test
%! ## A handle inside a struct argument is bound too.
%! s.k = struct ("crosscheck_handle", "hypot", "bound", {{}}, "arity", 2);
%! s.v = 3;
%! [status, outputs] = crosscheck_batch ({"structfun"}, 1, {{@(f) class (f), s, "uniformoutput", false}});
%! assert (status, {"ok"})
%! assert (outputs{1}{1}.k, "function_handle")

%!test
%! ## An error is its own call's; the others still answer.
%! [status, outputs, messages] = crosscheck_batch ({"plus", "error", "deal"}, [1, 0, 2],
%!                                                {{1, 2}, {"xc: boom"}, {5}});
%! assert (status, {"ok", "error", "ok"})
%! assert (outputs{1}, {3})
%! assert (outputs{3}, {5, 5})
%! assert (messages, {"", "xc: boom", ""})

%!test
%! ## A handle struct, plain and nudged (toward +Inf, then -Inf).
%! spec = struct ("crosscheck_handle", "deal", "bound", {{}});
%! [~, outputs] = crosscheck_batch ({"feval"}, 2, {{spec, [2; 0]}});
%! assert (outputs{1}, {[2; 0], [2; 0]})
%! spec.nudge = 1;
%! [~, outputs] = crosscheck_batch ({"feval", "feval"}, [2, 1], {{spec, [2; 0]}, {spec, 2}});
%! assert (outputs{1}, {[2 + 2 * eps; 2^-1074], [2 + 2 * eps; 0]})
%! assert (outputs{2}, {2 + 2 * eps})
%! spec.nudge = -1;
%! [~, outputs] = crosscheck_batch ({"feval"}, 1, {{spec, 2}});
%! assert (outputs{1}, {2 - eps})

%!test
%! spec = struct ("crosscheck_handle", "deal", "bound", {{}}, "nudge", 2);
%! [status, ~, messages] = crosscheck_batch ({"feval"}, 1, {{spec, 2}});
%! assert (status, {"error"})
%! assert (messages, {"crosscheck_batch: the nudge of a handle must be 1, -1 or 0"})
