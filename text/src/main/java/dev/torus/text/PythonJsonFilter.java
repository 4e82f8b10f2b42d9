package dev.torus.text;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Map;

/**
 * The {@code tojson} filter transformers installs: Python's {@code json.dumps(x, ensure_ascii=False,
 * indent=indent, separators=separators, sort_keys=sort_keys)}, with no HTML escaping.
 */
final class PythonJsonFilter implements Filter {
  @Override
  public String getName() {
    return "tojson";
  }

  @Override
  public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
    return PythonJson.dumps(var, null, false);
  }

  @Override
  public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
    Object indent = kwargs.containsKey("indent") ? kwargs.get("indent") : args.length > 0 ? args[0] : null;
    Object sortKeys = kwargs.get("sort_keys");
    return PythonJson.dumps(var, indent, sortKeys instanceof Boolean b && b);
  }
}
