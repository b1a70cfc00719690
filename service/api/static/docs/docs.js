// Swagger UI's initializer, as a file of its own: the page's Content-Security-Policy allows no inline script.
// The key given to "Authorize" stays in this page's memory (persistAuthorization off); when the dashboard of this
// tab already holds one, it is filled in.

window.ui = window.SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  displayOperationId: true,
  persistAuthorization: false,
  validatorUrl: null, // the default badge would call an outside validator
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  onComplete: () => {
    const key = sessionStorage.getItem("taskservice.apiKey");
    if (key) window.ui.preauthorizeApiKey("ApiKey", key);
  },
});
