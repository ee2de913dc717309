// PURPOSE: what a few well-known images answer to `GET /`.
// MODELS: the default pages of the nginx and httpd images (https://hub.docker.com/_/nginx, https://hub.docker.com/_/httpd)
// NOT MODELLED: paths, methods, headers.

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export function responseBody(repository: string): string {
  const name = repository.split("/").pop();
  if (name === "nginx") return NGINX_WELCOME;
  if (name === "httpd") return "<html><body><h1>It works!</h1></body></html>\n";
  if (name === "hpa-example") return "OK!";
  return "";
}
