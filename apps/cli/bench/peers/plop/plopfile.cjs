// plop's job in `pnpm bench`: three files from three templates, like hygen's (../hygen/_templates).
module.exports = function plopfile(plop) {
  plop.setGenerator("plan", {
    description: "three Markdown files",
    prompts: [{ type: "input", name: "name", message: "name" }],
    actions: ["plan", "roles", "sharing"].map((file) => ({
      type: "add",
      path: `{{name}}/${file}.md`,
      templateFile: `templates/${file}.md.hbs`,
    })),
  });
};
