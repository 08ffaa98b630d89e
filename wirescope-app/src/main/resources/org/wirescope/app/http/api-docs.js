// Starts Swagger UI on the API's own description (kept out of the page: the CSP runs no inline script).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true
  });
});
